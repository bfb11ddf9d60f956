L = dict(
    tlds=["com.br"],
    oid_prefix=["701", "702", "703", "704"],
    buyers=["Ana", "Rafael", "Juliana", "Thiago", "Fernanda", "Bruno", "Camila", "Lucas", "Patrícia", "Gabriel",
            "Larissa", "Diego"],
    agents=[("Renata", "Casa Jabuticaba"), ("Felipe", "Trilha Serra Outdoor"), ("Vanessa", "Cozinha da Vovó Lia"),
            ("Marcelo", "Ferramentas Souza"), ("Priscila", "Linha & Agulha Ateliê"), ("Rodrigo", "Horta Viva")],
    greet=["Olá, {b}!", "Oi, {b},", "Bom dia, {b}.", "Olá {b},", "Boa tarde, {b}."],
    sign=["Abraços,\n{a}\n{s}", "Atenciosamente,\n{a} – {s}", "Um abraço,\n{a}\nAtendimento {s}",
          "Tenha um ótimo dia!\n{a}\n{s}"],
    close=["Tenha um ótimo dia.", "Obrigado mais uma vez pela paciência.", "Bom fim de semana!"],
    wrote="{b} escreveu:",
    re=["Re: ", "RES: ", "RE: "],
    subj_r=["Dúvida sobre meu pedido", "Pergunta do cliente Amazon {b} (Pedido: {oid})", "Entrega",
            "Problema com o produto", "Pedido {oid}"],
    subj_up=["Seu pedido {oid}", "Pedido {oid}", "Obrigado! Pedido {oid}", "Atualização do pedido {oid}"],
    subj_none=["Seu pedido {oid}", "Pedido {oid} – uma pergunta rápida", "Sobre o seu pedido {oid}"],
    ctx=dict(
        del_p=[("Seu pedido {oid}", "Pelo rastreamento, seu pacote chegou na terça-feira."),
               ("Pedido {oid} – chegou tudo certo?", "Seu pedido foi entregue há alguns dias e esperamos que tenha chegado em perfeito estado."),
               ("Sobre o pedido {oid}", "Já faz mais ou menos uma semana que seu pedido chegou."),
               ("Pedido {oid}", "Esperamos que sua compra nova já esteja sendo bem usada.")],
        del_r=[("Chegou hoje, tudo certo. Valeu!", "Obrigado por avisar, que bom que chegou tudo bem."),
               ("Recebi, ficou lindo.", "Que alegria ler isso!"),
               ("Só avisando que o pacote chegou hoje cedo.", "Obrigado pelo aviso, que bom que foi rápido.")],
        fix_r=[("A nova unidade chegou ontem e está funcionando.", "Que bom que a nova unidade está funcionando."),
               ("Recebi o reembolso, obrigado.", "Obrigado por confirmar o reembolso."),
               ("A peça que faltava chegou, obrigado.", "Ótimo que a peça que faltava chegou.")],
        fix_p=[("Sua troca – pedido {oid}", "Pelo rastreamento, a unidade de troca foi entregue ontem."),
               ("Pedido {oid}: reembolso concluído", "Seu reembolso de R$ 132,00 foi feito na segunda e já deve aparecer na fatura.")],
        prob_r=[("A alça quebrou depois de dois dias.", "Sentimos muito que a alça tenha quebrado tão rápido, obrigado pela foto."),
                ("Um dos copos chegou quebrado.", "Lamentamos que um dos copos tenha quebrado no transporte."),
                ("Não carrega de jeito nenhum.", "Não carregar não é normal, claro."),
                ("Veio a cor errada, pedi cinza.", "Desculpe pelo erro na cor.")],
        prob_p=[("Problema na entrega – pedido {oid}", "A transportadora nos avisou que seu pacote foi avariado."),
                ("Pedido {oid}: peça faltando", "Conferindo nossas listas de separação, vimos que os suportes de parede não foram no seu pacote.")],
        neg_r=[("Vou dar uma estrela, é uma porcaria.", "Sentimos muito que o liquidificador tenha decepcionado."),
               ("Já deixei avaliação negativa. Nunca mais.", "Lamentamos muito pela sua experiência."),
               ("Se não resolverem, vou escrever uma avaliação que todo mundo vai ver.", "Entendemos sua irritação e queremos resolver.")],
        neg_p=[("Sua avaliação do pedido {oid}", "Lemos sua avaliação deste pedido e pedimos desculpas pelo atraso na entrega."),
               ("Pedido {oid}: sobre sua avaliação", "Lemos sua avaliação da luminária de mesa e já reembolsamos o valor total do pedido.")],
        purp_p=[("Atraso na entrega – pedido {oid}", "A transportadora informou um atraso de dois dias; a entrega agora está prevista para quinta."),
                ("Sua nota fiscal – pedido {oid}", "Como você pediu, a nota fiscal já está disponível em \"Seus pedidos\"."),
                ("Devolução recebida – pedido {oid}", "Sua devolução chegou hoje ao nosso estoque e o reembolso já foi solicitado."),
                ("Texto da gravação – pedido {oid}", "Antes de gravar, pode confirmar se o texto é \"Feliz 30, Bia\"?"),
                ("Entrega do guarda-roupa – pedido {oid}", "Podemos entregar o guarda-roupa na terça ou na quinta: qual dia fica melhor?")],
        rude_r=[("TRÊS SEMANAS e nada. Quero meu dinheiro de volta JÁ.", "Verificamos o seu pedido."),
                ("O produto de vocês não presta e o atendimento é uma piada.", "Obrigado pela mensagem."),
                ("Poupem as desculpas e me devolvam o dinheiro.", "Analisamos o seu pedido.")],
        q_r=[("A tampa pode ir na lava-louças?", "Sim, a tampa pode ir na parte de cima da lava-louças."),
             ("Serve em roda aro 28?", "Serve em rodas de aro 26 a 29."),
             ("Vem com cabo?", "Sim, vem um cabo USB-C de 1,5 m na caixa.")],
        ret_r=[("Como devolvo? Ficou pequeno.", "Que pena que ficou pequeno."),
               ("O aquecedor parou depois de um mês. Quais são meus direitos?", "Lamentamos que o aquecedor tenha parado de funcionar."),
               ("Dá para devolver produto personalizado?", "Obrigado por perguntar antes de enviar.")],
    ),
)

L["items"] = r"""
RI|p|del|vale-presente em troca do print da avaliação|Mande pra gente um print da sua avaliação publicada e enviaremos um vale-presente de R$ 30 como agradecimento.
RI|r|prob|reembolso condicionado à avaliação|Assim que sua avaliação aparecer na Amazon, fazemos o reembolso integral.
RI|p|del|brinde para quem avaliar no mês|Quem deixar uma avaliação este mês ganha de brinde um kit de refis extras.
RI|r|del|eufemismo 'um mimo' no próximo pedido|Se você deixar algumas palavras na página do produto, vamos preparar um mimo especial no seu próximo pedido.
RI+FR|r|neg|cupom em troca de remover a avaliação|Você consideraria remover a avaliação? Em troca, podemos oferecer um cupom de 20% na próxima compra.
RI+RM|p|del|cupom por avaliação 5 estrelas|Avaliando com 5 estrelas, você ganha um cupom de 15% de desconto na próxima compra.
RI|p|del|sorteio entre quem avaliar|Todos que avaliarem a compra até 30 de junho concorrem a uma air fryer.
RI|r|del|informal, devolução por Pix após avaliação|assim que a avaliação estiver no ar a gente te devolve R$ 20 no pix, é só avisar!
RI|p|del|benefícios futuros para quem avalia|Clientes que deixam avaliação passam a ter acesso antecipado às nossas próximas promoções.
RM|p|del|pede cinco estrelinhas|Se deu tudo certo, cinco estrelinhas deixariam a gente muito feliz.
RM|p|del|filtragem: gostou avalie, senão fale com a gente|Gostou? Conte numa avaliação. Algo deu errado? Fale com a gente antes de publicar qualquer coisa.
RM|r|prob|pede para não deixar avaliação negativa|Pedimos, por favor, que não deixe uma avaliação negativa – já estamos resolvendo.
RM|p|del|dita o conteúdo da avaliação|Seria ótimo se na avaliação você mencionasse a rapidez da entrega e o capricho da embalagem.
RM|r|del|coloquial 'avaliação caprichada'|Que bom que você gostou! Uma avaliação caprichada ajudaria demais a gente.
RM|r|neg|pequena empresa familiar, pede para não publicar nota baixa|Para uma pequena empresa familiar como a nossa, uma nota baixa é um golpe enorme, então pedimos que não a publique.|Se não resolverem, vou dar uma estrela.
RM|p|del|condicional, avaliação positiva se satisfeito|Se você ficou satisfeito, agradeceríamos muito uma avaliação positiva.
RM|p|del|pergunta 'merecemos nota máxima?'|Acha que merecemos nota máxima? Então mostra isso na Amazon!
FR|r|fix|pedido direto de remoção|Agora que tudo foi resolvido, você poderia remover a avaliação negativa que deixou para nós?
FR+RM|r|fix|alterar a nota para 5 estrelas|Seria possível alterar sua nota para 5 estrelas?
FR|p|neg|lembrete insistente para retirar feedback|Gostaríamos de lembrar novamente do pedido para retirar seu feedback sobre o vendedor, já que o reembolso foi feito.
FR|r|neg|pressão: conta prejudicada, ainda hoje|Sua avaliação está prejudicando nossa conta de vendedor, por isso pedimos que a exclua ainda hoje.
FR|r|fix|indireto 'dar uma revisada'|Quando puder, daria para dar uma revisada na sua avaliação para que ela reflita como tudo terminou?
FR|p|fix|passo a passo para remover feedback|Para remover o feedback, é só ir em "Seus pedidos", escolher "Avaliar vendedor" e clicar em "Remover".
FR+RM|r|fix|informal 'subir umas estrelinhas'|Será que você toparia subir umas estrelinhas agora que está tudo funcionando?
FR|p|neg|voz passiva 'seria apreciado se fosse retirada'|Seria muito apreciado se a avaliação de 12 de março fosse retirada, uma vez que o caso está encerrado.
MK|p|purp|anúncio de liquidação|Aproveitando: na sexta começa nossa liquidação de verão com até 40% em toda a linha de jardim.
MK|r|q|venda cruzada de canecas combinando|Se gostou da chaleira, as canecas combinando da mesma linha acabaram de voltar ao estoque.
MK|r|del|cupom de desconto sem motivo|No seu próximo pedido, use o cupom OLA10 e ganhe 10% de desconto.
MK|p|purp|cadastro na newsletter|Cadastre-se na nossa newsletter e fique sabendo primeiro das novidades e ofertas.
MK|p|purp|lançamento de produto novo|Acabamos de lançar a versão sem fio deste aspirador – vale a pena conferir.
MK|r|q|produto de terceiros em oferta|Recomendamos usar junto o descalcificante da marca CalcZero, que está em oferta esta semana.
MK|r|del|informal, dar uma olhada na loja|Não esquece de dar uma olhada na nossa loja, tem um monte de novidade!
MK|p|purp|leve 3 pague 2 só esta semana|Só esta semana: na compra de dois jogos de cama, o terceiro sai de graça.
OF|r|rude|palavrão 'pouco se fodendo'|Sinceramente, estamos pouco se fodendo para o que você acha da embalagem.
OF|r|rude|insulto 'só um idiota'|Só um idiota liga a chaleira sem água, isso está escrito no manual.
OF|r|rude|ameaça de expor nome e endereço|Se continuar assim, vamos publicar seu nome e endereço nas redes sociais.
OF|r|rude|condescendente 'aprenda a ler'|Aprenda a ler um manual antes de vir reclamar com a gente.
OF|r|neg|insulto 'mentiroso'|Você é um mentiroso e sabe muito bem disso.
OF|r|rude|ameaça velada 'sabemos onde você mora'|Não esqueça que sabemos onde você mora.
OF|r|rude|'cala a boca'|Cala a boca e para de fazer a gente perder tempo.
OF|r|rude|'chato do caramba'|Que cliente chato do caramba, deixa a gente em paz.
OO|p|purp|responder SAIR para não receber|Se não quiser mais receber mensagens nossas, é só responder SAIR.
OO|p|del|descadastro após pedido neutro de avaliação|Ficaríamos felizes com sua avaliação deste pedido. Para deixar de receber nossos e-mails, basta responder a esta mensagem.
OO|p|purp|gerenciar preferências ou cancelar inscrição|Você pode gerenciar suas preferências de comunicação ou cancelar a inscrição em nossas mensagens a qualquer momento.
OO|r|del|oferece tirar da lista de envios|Se preferir que a gente tire você da nossa lista de envios, é só avisar.
OO|p|purp|pergunta 'cansou dos nossos e-mails?'|Cansou dos nossos e-mails? Responda "não, obrigado" e pronto.
OO|p|del|rodapé 'você recebeu esta mensagem porque'|Desde já agradecemos sua avaliação. Você recebeu esta mensagem porque comprou conosco; para se descadastrar, responda a este e-mail.
OO|p|purp|remete às preferências de comunicação da Amazon|Se não quiser receber mensagens de vendedores, você pode desativar isso nas preferências de comunicação da sua conta Amazon.
OO|r|fix|informal, sem acentos|Se nao quiser mais email da gente é so falar que a gente te tira da lista.
UP|p|up|confirmação de pedido|Obrigado pelo seu pedido! Já recebemos e estamos preparando para o envio.
UP|p|up|confirmação de envio com código de rastreio|Seu pacote foi postado hoje pelos Correios, código de rastreio AB123456789BR.
UP|p|up|só agradecimento|Só queríamos agradecer de coração pela sua compra.
UP|p|up|só 'estamos à disposição'|Qualquer dúvida sobre o produto, estamos sempre à disposição.
UP|p|up|aviso de produto esgotado|Infelizmente o item que você pediu está esgotado no momento; a previsão de reposição é de umas três semanas.
UP|p|up|confirmação de entrega|Pelo rastreamento, seu pedido foi entregue hoje. Aproveite!
UP|p|up|saída do estoque, informal|Boa notícia: seu pedido saiu do nosso estoque hoje de manhã e chega em 2 a 3 dias úteis.
UP|p|up|erros de digitação, só obrigado|Obrigado denovo pela compra, esperamos que goste muuito!
OK:rev|p|del|pedido neutro clássico|Se tiver um minutinho, gostaríamos muito da sua opinião sobre este pedido.
OK:rev|p|del|avaliação sincera, seja qual for|Uma avaliação sincera, seja ela qual for, ajuda outros clientes a escolher.
OK:rev|p|del|pergunta neutra sobre a mochila|Você gostaria de contar numa avaliação como está sendo usar a mochila?
OK:rev|p|del|avaliar o vendedor em Seus pedidos|Se quiser avaliar a gente como vendedor, é possível pela seção "Seus pedidos".
OK:rev|r|q|pedido de avaliação dentro de uma resposta|E se mais tarde tiver um tempinho, uma avaliação do produto é sempre bem-vinda.
OK:rev|p|del|depois de semanas de uso, quando for melhor|Depois de algumas semanas de uso, adoraríamos saber como a frigideira está se saindo – avalie quando for melhor para você.||Esperamos que a frigideira já esteja fazendo sucesso na sua cozinha.
OK:rev|p|del|positiva ou crítica, ajuda|Toda opinião, positiva ou crítica, ajuda a gente a melhorar, então leremos a sua com atenção.
OK:rev|p|del|informal neutro 'se der vontade'|Se der vontade, conta pros outros compradores numa avaliação como a capinha está.
OK:upd|r|fix|pode atualizar, decisão totalmente sua|Se achar que o problema foi resolvido, você pode atualizar sua avaliação se quiser – a decisão é totalmente sua.
OK:upd|r|fix|possível editar ou remover, sem obrigação|É possível editar ou remover a avaliação original, mas você não tem nenhuma obrigação de fazer isso.
OK:upd|r|fix|informação: alterável em até 90 dias|Só para informação: o feedback do vendedor pode ser alterado em até 90 dias, caso um dia você queira.
OK:upd|r|fix|decisão sua|Mudar ou não a nota é decisão sua; para nós, o importante era resolver.
OK:upd|r|fix|a avaliação continua como está|Sua avaliação continua como está, a não ser que você decida diferente.
OK:upd|p|fix|proativo, atualizar só se quiser|Se estiver satisfeito com a solução, você pode atualizar o feedback deixado anteriormente, mas só se quiser.
OK:upd|r|fix|informal, mas não precisa|Se mudou de ideia, dá para editar a avaliação quando quiser – mas não precisa.
OK:ref|r|prob|reembolso total sem devolução|Reembolsamos o valor total de R$ 189,90; não é preciso devolver o produto com defeito.
OK:ref|r|prob|frete devolvido como desculpas|Como pedido de desculpas, devolvemos o valor do frete.
OK:ref|r|prob|nova unidade sem custo|Uma nova unidade já foi enviada sem custo e deve chegar na quinta.
OK:ref|p|prob|troca proativa após avaria no transporte|Já enviamos uma nova unidade sem custo, você não precisa fazer nada.||A transportadora nos avisou que seu pacote foi avariado no transporte.
OK:ref|r|prob|escolha: peça ou reembolso parcial|Você escolhe: mandamos a peça que faltou ou devolvemos R$ 25 e você fica com o produto como está.
OK:ref|r|prob|15% devolvidos por arranhão|Pelo arranhão na tampa, devolvemos 15% do valor pago.
OK:ref|r|neg|reembolso sem condição após ameaça de avaliação|Reembolsamos o valor integral, sem nenhuma condição, e pedimos desculpas pelo transtorno.
OK:ref|r|prob|em vez de vale, devolução direta|Em vez de um vale para usar só com a gente, preferimos devolver a diferença de R$ 12 direto para você.
OK:firm|r|rude|pede tom respeitoso|Entendemos sua irritação, mas pedimos que a conversa siga em tom respeitoso para podermos ajudar.
OK:firm|r|rude|recusa educada por higiene|Por questões de higiene, infelizmente não podemos aceitar a devolução de um protetor de colchão usado; lamentamos não ter outra resposta.
OK:firm|r|rude|discorda do tom, quer resolver|Mesmo não concordando com o tom, queremos resolver: você pode mandar uma foto da rachadura?
OK:firm|r|rude|sem necessidade de ameaças, reembolso feito|Não há necessidade de ameaças: o reembolso foi feito na segunda e aparece em até 3 a 5 dias úteis.
OK:firm|r|rude|não comenta observações pessoais|Não vamos comentar as observações pessoais, mas teremos prazer em refazer a configuração com você passo a passo.
OK:firm|r|rude|fatos do rastreamento, investigação Amazon|Pelo rastreamento, o pacote foi entregue na portaria em 4 de maio; se não estiver lá, a Amazon pode abrir uma investigação.
OK:firm|r|rude|pede paciência|Pedimos um pouco de paciência: assim que o estoque conferir o produto, daremos retorno.
OK:info|r|q|'Cinco Estrelas' é nome de linha|"Cinco Estrelas" é o nome da nossa linha de travesseiros, não uma nota nem certificação.|Cinco Estrelas é algum selo?|Boa pergunta.
OK:info|r|q|preço de promoção explicado|Na sua primeira compra o produto estava em promoção, por isso saiu mais barato.|Por que da outra vez foi mais barato?|Obrigado pela pergunta.
OK:info|r|q|coleção e medida|Esta fronha faz parte da coleção "Litoral" e serve em travesseiros de 50 × 70 cm.|Serve em travesseiro 50 × 90?|Que bom que perguntou antes.
OK:info|r|q|sem newsletter para clientes Amazon|Não enviamos newsletter nem propaganda para clientes da Amazon; só falaremos com você sobre este pedido.|Vou começar a receber propaganda?|Pergunta justa.
OK:info|r|q|aplicativo do fabricante como função|A balança se conecta por Bluetooth ao aplicativo gratuito do fabricante; o passo a passo está na página 4 do manual.|Precisa de aplicativo?|Com prazer.
OK:info|r|q|selo Procel explicado|O selo Procel A vale para o modo econômico; no modo rápido o consumo é um pouco maior.|O selo A vale no modo rápido também?|Obrigado pela dúvida.
OK:info|r|q|o que outras avaliações comentam (cheiro)|Algumas avaliações comentam um leve cheiro ao abrir; costuma sumir depois de um dia arejando.|O tapete está com um cheirinho, é normal?|Sentimos pelo cheiro.
OK:info|r|q|nota em estrelas calculada pela Amazon|A nota em estrelas da página do produto é calculada pela Amazon; não conseguimos alterar nem apagar.|Por que só 3,9 estrelas?|Que bom que o seu está funcionando bem.
OK:thx|p|none|obrigado + confirmar texto da gravação|Obrigado pelo pedido! Antes da gravação, pode confirmar se o texto é "Para sempre, Ana"?
OK:thx|p|none|obrigado + agendar entrega do sofá|Obrigado pela compra; a transportadora precisa agendar a entrega do sofá – terça ou quinta fica melhor para você?
OK:thx|p|none|obrigado + falta número do apartamento|Obrigado pelo pedido. Está faltando o número do apartamento no endereço de entrega; pode nos informar?
OK:thx|p|none|obrigado + devolução recebida|Obrigado por devolver o pacote: ele chegou hoje e o reembolso será feito em até dois dias úteis.
OK:thx|p|none|obrigado pela paciência + greve|Obrigado pela paciência: por causa de uma greve, a transportadora informou atraso, e a nova previsão é 14 de maio.
OK:thx|p|none|obrigado + nota fiscal disponível|Obrigado pela compra. A nota fiscal que você pediu já está disponível em "Seus pedidos".
OK:thx|p|none|obrigado + conferir largura sob medida|Obrigado por escolher uma persiana sob medida – pode conferir a largura de 112,5 cm antes do corte de amanhã?
OK:sat|r|del|'se algo não estiver certo, responda'|Se algo não estiver certo com a luminária, é só responder esta mensagem que a gente resolve.
OK:sat|r|fix|conserto não ficou bom, fale com a gente|Se o conserto não ficar como esperado, fale com a gente que encontramos outra solução.
OK:sat|r|q|tamanho não serviu, 30 dias|Se o tamanho não servir, você pode devolver em até 30 dias; ajudamos com a etiqueta se precisar.
OK:sat|r|q|cor não agradou, avise|A cor não agradou depois de instalada? Avise a gente e vemos o que dá para fazer.
OK:sat|p|purp|algo não satisfez, conte|Se algo no pedido não te deixou satisfeito, conte pra gente.
OK:sat|r|fix|mesmo defeito, devolvemos o dinheiro|Se a nova unidade apresentar o mesmo defeito, escreva na hora que devolvemos o dinheiro.
OK:sat|r|del|caimento, troca de tamanho|Não gostou do caimento? Fale com a gente que trocamos por um tamanho maior.
OK:legal|r|ret|7 dias de arrependimento (CDC)|Pelo Código de Defesa do Consumidor, você tem 7 dias de arrependimento a partir do recebimento, e a devolução pode ser iniciada em "Seus pedidos".
OK:legal|r|ret|garantia legal de 90 dias|Como o produto apresentou defeito, você tem direito à garantia legal de 90 dias para bens duráveis, com conserto, troca ou reembolso.
OK:legal|r|ret|personalizados e arrependimento, defeito coberto|Produtos personalizados podem ter regras próprias de troca, mas em caso de defeito a garantia legal vale normalmente.
OK:legal|r|ret|garantia do fabricante complementar|A garantia do fabricante é complementar à garantia legal e não a substitui.
OK:legal|r|ret|frete de devolução sem custo|Em devoluções por arrependimento ou por defeito, o frete de retorno não tem custo para você.
OK:legal|r|ret|Garantia de A a Z|Você está protegido pela Garantia de A a Z da Amazon; se o pacote não chegar até sexta, devolvemos o valor.
"""
