import { definePhrases } from '../define.js';

export default definePhrases('pt', 'syndication-credit', [
  {
    id: 'with-input-from',
    patterns: [
      '^com (informacoes|material|dados) (de|da|do|das|dos) (agencias|agencia|lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo)',
      '^com (agencias|lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo)$',
      '^com informacoes (de|da|do|das|dos) *$',
      '^com informacoes (de|da|do|das|dos) * (e|com) [de|da|do|das|dos] *$',
      '^com (lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo) e (lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo|agencias)$',
      '^(redacao|da redacao) (com|e) (lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo|agencias)$',
      '^(por|da) (lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo)$',
    ],
  },
  {
    id: 'agency-tag',
    patterns: [
      '^(lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo)$',
      '^(lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo) (lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo)$',
      '^(agencias|das agencias)$',
    ],
  },
  {
    id: 'auto-generated',
    patterns: [
      '(nao foi|não foi) (editado|editada|revisto|revista|revisado|modificado) pela (redacao|equipe|nossa redacao|equipa)',
      '(gerado|publicado|importado) automaticamente (a partir|de) (de um|do|de uma) (feed|fluxo|servico|agencia)',
      '(publicado|reproduzido) (sem alteracoes|sem edicao|na integra) (a partir|de|do|da) ',
      '(este|o) (conteudo|texto|artigo) (e|foi) (proveniente|fornecido|distribuido) (de|da|do|pela|pelo) (agencia|feed)',
    ],
  },
  {
    id: 'copyright',
    patterns: [
      'todos os direitos reservados',
      'direitos reservados$',
      '^copyright$',
      '^copyright (c|by|#)',
      'copyright [c] #',
      '^# (lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo)$',
      '^(c|copyright) (lusa|agencia lusa|agencia brasil|estadao conteudo|folhapress|afp|ap|reuters|efe|ansa|dpa|xinhua|bloomberg|sputnik|ebc|uol|agencia o globo|o globo)',
    ],
  },
  {
    id: 'reprint-notice',
    patterns: [
      '[e ](proibida|expressamente proibida|vedada) a (reproducao|redistribuicao|publicacao|copia|divulgacao)',
      '(reproducao|redistribuicao|copia) (total ou parcial|parcial ou total|integral ou parcial) (proibida|sem|do)',
      'sem [a ][previa ](autorizacao|permissao) (escrita|expressa|previa|do editor|da editora)',
      '(republicado|reproduzido|publicado) (com|sob) (permissao|autorizacao|licenca creative commons|uma licenca creative commons)',
    ],
  },
]);
