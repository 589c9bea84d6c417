import { definePhrases } from '../define.js';

export default definePhrases('pt', 'reading-meta', [
  {
    id: 'read-time',
    patterns: [
      '(tempo|duracao) de leitura # (min|minuto|minutos)',
      '^(tempo|duracao) (de|estimado de) leitura',
      '# (min|minuto|minutos) de leitura',
      '^leitura # (min|minuto|minutos)$',
      '^# (min|minuto|minutos) (leitura|de leitura|para ler)$',
    ],
  },
  {
    id: 'updated',
    patterns: [
      '^(atualizado|atualizada|actualizado|actualizada|publicado|publicada|modificado|modificada|atualizacao) (em|as|a|ha|hoje|ontem|#)',
      '^(atualizado|publicado|atualizada|publicada) [em ](segunda|terca|quarta|quinta|sexta|sabado|domingo|#)',
      '^ha # (min|minuto|minutos|hora|horas|h|dia|dias)$',
      '^(atualizado|atualizada|publicado|publicada)$',
    ],
  },
  {
    id: 'tools',
    patterns: [
      '^(imprimir|salvar|guardar|ouvir|ouvir materia|ouvir noticia|ouvir artigo|ouca|oferecer|presentear|tamanho da letra|tamanho do texto|tamanho da fonte|a a|aumentar letra|diminuir letra)$',
      '^(imprimir|ouvir|salvar|guardar|oferecer|presentear) [esta |este |a |o ](noticia|artigo|materia|reportagem)',
      '(ouvir|ouca|escute) (esta|este|a|o) (noticia|artigo|materia|reportagem)',
      '^(tamanho) (da|do) (letra|fonte|texto)',
    ],
  },
  {
    id: 'age-warning',
    patterns: [
      '(esta|este|a|o) (noticia|artigo|materia) (tem|foi publicada ha|foi publicado ha) [mais de ]# (anos|ano|meses|mes)',
      '(esta|este) (noticia|artigo|materia) (e de ha|tem mais de) # (anos|ano|meses)',
    ],
  },
  {
    id: 'date-line',
    patterns: [
      '^# de (janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) de # [# #] [h]$',
      '^[segunda feira|terca feira|quarta feira|quinta feira|sexta feira|sabado|domingo] # de (janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) de # [as] [# #] [h]$',
    ],
  },
  {
    id: 'player-and-gallery',
    ownLanguageOnly: true,
    patterns: [
      '^(video|audio|assistir video|reproduzir|pausa|tela cheia|fechar)$',
      '^(imagem|foto|video) # [de] #$',
    ],
  },
]);
