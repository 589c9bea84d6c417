import { definePhrases } from '../define.js';

export default definePhrases('pt', 'feedback-widget', [
  {
    id: 'was-helpful',
    patterns: [
      '(este|esta|o|a) (artigo|noticia|conteudo|materia|pagina|informacao) (foi|e|lhe foi|te foi) (util|uteis|interessante)',
      '(achou|considerou|achaste) (este|esta|o|a) * (util|interessante)',
      '^(foi|isto foi) (util|util para si|util para voce)',
      '^(util|nao util|sim nao)$',
      '(obrigado|obrigada) (pelo|pela) [seu |sua |teu |tua ](feedback|avaliacao|voto|opiniao|resposta)',
    ],
  },
  {
    id: 'rate-article',
    patterns: [
      '^(avalie|avaliar|classifique|vote) (este|esta|o|a) (artigo|noticia|materia|conteudo)',
      '(como|que nota) (avalia|voce da|daria) [a |para ](este|esta|o|a) (artigo|noticia|materia)',
    ],
  },
  {
    id: 'report-error',
    patterns: [
      '^(reportar|reporte|comunicar|comunique|informar|avisar|sinalizar|notificar) (um|uma) (erro|gralha|problema|falha)',
      '(viu|encontrou|detectou|detetou|notou) (um|uma|algum|alguma) (erro|gralha|falha) * (avise nos|avisa nos|informe nos|comunique|reporte|fale conosco|escreva nos|contacte)',
      '(erro|gralha) (nesta|neste|na|no) (noticia|artigo|materia) (avise|reporte|comunique)',
      '^(encontrou|viu) (um|algum) erro',
    ],
  },
  {
    id: 'send-feedback',
    patterns: [
      '^(envie|enviar|deixe|de|dê) (o seu|seu|a sua|sua|um) (feedback|opiniao|sugestao|comentario a redacao)',
      '^(fale|fale conosco|contacte|contate|escreva) (com|para|a) (a redacao|nos|redacao)$',
      '(tem|tens) [uma ](sugestao de pauta|noticia|denuncia|historia|informacao) * (envie|escreva|fale|contacte|redacao)',
    ],
  },
]);
