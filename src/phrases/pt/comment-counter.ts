import { definePhrases } from '../define.js';

export default definePhrases('pt', 'comment-counter', [
  {
    id: 'count',
    patterns: [
      '^# (comentario|comentarios|resposta|respostas|reacao|reacoes)$',
      '^(comentarios|comentario|respostas|reacoes) #$',
      '^(nenhum|sem|0) (comentario|comentarios) [ainda|ate agora]$',
      '^(ver|mostrar|ler|ocultar|carregar|exibir) [os|todos os] [#] (comentarios|comentario|respostas)',
    ],
  },
  {
    id: 'label',
    patterns: [
      '^(comentarios|comentario|comentar|comente|comente aqui|opiniao|sua opiniao|deixe sua opiniao)$',
      '[os ]comentarios (estao|foram) (fechados|desativados|encerrados|moderados)',
      '(comentarios|comentario) (fechados|desativados|encerrados)$',
    ],
  },
  {
    id: 'leave-comment',
    patterns: [
      '^(deixe|deixar|escreva|escrever|publique|adicione|deixa) (um|o seu|seu|a sua|sua) (comentario|opiniao|resposta)',
      '(faca login|entre|inicie sessao|registe se|cadastre se|assine) (para|e) (comentar|deixar um comentario|participar)',
      '(voce precisa|e preciso|tem de|precisa) (estar logado|fazer login|ser assinante|iniciar sessao|estar registado) para (comentar|publicar)',
    ],
  },
  {
    id: 'be-first',
    patterns: [
      'seja o primeiro a (comentar|deixar um comentario|responder)',
      '(ainda nao ha|nao ha|ainda sem|ainda nao existem|nao existem) (comentarios|nenhum comentario)',
      'nenhum comentario ainda',
    ],
  },
  {
    id: 'join-conversation',
    patterns: [
      '^(participe|junte se|entre|participa) (da|na|a) (conversa|discussao|debate)',
      '(o que voce acha|o que achou|o que pensa|e voce o que acha) * (comentarios|comentario|abaixo)$',
      '(deixe|conte nos|diga nos|de) (sua|a sua) (opiniao|comentario) (nos comentarios|abaixo)',
    ],
  },
  {
    id: 'moderation-note',
    patterns: [
      '(nao serao|serao) (aprovados|publicados|aceitos) pelo moderador',
      '[os]comentarios (sao|serao) moderados',
    ],
  },
]);
