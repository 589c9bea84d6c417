import { definePhrases } from '../define.js';

export default definePhrases('en', 'reading-meta', [
  {
    id: 'read-time',
    patterns: [
      '# (min|mins) read',
      '# (minute|minutes) read$',
      '^# (minute|minutes) read',
      '(reading|read) time # (min|mins|minute|minutes|sec|seconds|secs)',
      '^[estimated ](reading|read) time',
      '# (min|mins|minute|minutes) (reading time|to read)$',
      'less than (a|one) minute read',
    ],
  },
  {
    id: 'updated',
    patterns: [
      '^(updated|published|posted|last updated|first published|last modified|modified|created|last update) [on|at] #',
      '^(updated|published|posted|last updated|first published|last modified) [on|at] (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|today|yesterday)',
      '^(updated|published|posted) (an|a|#) (minute|minutes|hour|hours|day|days|week|weeks|min|mins|hr|hrs|h) ago',
      '^# (minute|minutes|hour|hours|day|days|min|mins|hr|hrs|h) ago$',
      '^(updated|published|last updated)$',
    ],
  },
  {
    id: 'tools',
    patterns: [
      '^print [this ](article|story|page)$',
      '^(print|save|bookmark|gift|saved)$',
      '^(save|bookmark|gift|print) [this ](article|story)',
      '^(listen|play) [to ][this ](article|story|audio)',
      'listen to (this|the) (article|story|audio version)',
      '^listen$',
      '^(text|font) size',
      '^(increase|decrease|reset|change) (font|text) size',
      '(toggle|switch to) (dark|light) mode',
      '^(translate|translate this) (article|page)$',
    ],
  },
  {
    id: 'age-warning',
    patterns: [
      'this (article|story|piece) is more than # (year|years|month|months) old',
      'this (article|story) (was published|is from) [more than ]# (year|years|month|months) ago',
    ],
  },
  // A line that is only a date, as templates set the dateline: "11 Jan 2019", "Monday, January 11, 2019".
  {
    id: 'date-line',
    patterns: [
      '^[monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun] # (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) # [at] [# #] [am|pm|gmt|utc|bst|est|et|edt|pst|cet]$',
      '^[monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun] (january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) # # [at] [# #] [am|pm|gmt|utc|bst|est|et|edt|pst|cet]$',
    ],
  },
  // Media-player and gallery chrome that renders as lone words: "Video", "Image 1 of 5", "Close".
  {
    id: 'player-and-gallery',
    ownLanguageOnly: true,
    patterns: [
      '^(video|audio|play video|watch video|play|pause|replay|mute|unmute|fullscreen|full screen|now playing|autoplay|close|close x)$',
      '^(image|photo|picture|slide|video) # [of] #$',
    ],
  },
]);
