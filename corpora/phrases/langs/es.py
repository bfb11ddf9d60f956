L = dict(
    tlds=["es"],
    oid_prefix=["403", "404", "405", "406", "407", "408", "171"],
    buyers=["Lucía", "Javier", "Marta", "Sergio", "Carmen", "Álvaro", "Nuria", "Pablo", "Raquel", "Iker",
            "Rocío", "Andrés", "Ainhoa"],
    agents=[("Laura", "Casa Olivo"), ("Dani", "Montaña Viva Outdoor"), ("Marisa", "La Cazuela Feliz"),
            ("Rubén", "Ferretería Robles"), ("Irene", "Hilos de Luna"), ("Óscar", "Huerto Sur")],
    greet=["Hola, {b}:", "Buenos días, {b}:", "Estimado/a {b}:", "Hola {b},", "Buenas tardes, {b}:"],
    sign=["Un saludo,\n{a}\n{s}", "Saludos cordiales,\n{a} – {s}", "Atentamente,\n{a}\nAtención al cliente de {s}",
          "¡Un abrazo!\n{a}\n{s}"],
    close=["Que tenga un buen día.", "Gracias de nuevo por su paciencia.", "Feliz fin de semana."],
    wrote="{b} escribió:",
    re=["Re: ", "RE: ", "Re: "],
    subj_r=["Pregunta sobre mi pedido", "Consulta del cliente de Amazon {b} (Pedido: {oid})", "Entrega",
            "Problema con el artículo", "Pedido {oid}"],
    subj_up=["Su pedido {oid}", "Pedido {oid}", "¡Gracias! Pedido {oid}", "Novedades de su pedido {oid}"],
    subj_none=["Su pedido {oid}", "Pedido {oid}: una consulta", "Sobre su pedido {oid}"],
    ctx=dict(
        del_p=[("Su pedido {oid}", "Según el seguimiento, su paquete le llegó el martes."),
               ("Pedido {oid}: ¿qué tal todo?", "Su pedido se entregó hace unos días y esperamos que llegara en perfecto estado."),
               ("Seguimiento de su pedido {oid}", "Ya hace una semana que recibió su pedido."),
               ("Pedido {oid}", "Esperamos que ya le esté sacando partido a su compra.")],
        del_r=[("Ha llegado hoy, todo bien. ¡Gracias!", "Gracias por avisarnos, nos alegra que haya llegado bien."),
               ("Recibido, queda precioso.", "¡Qué alegría leer eso!"),
               ("Solo para decir que el pedido llegó esta mañana.", "Gracias por el aviso, nos alegra que haya llegado tan rápido.")],
        fix_r=[("El recambio llegó ayer y ya funciona.", "Nos alegra que el recambio funcione."),
               ("Me ha llegado el reembolso, gracias.", "Gracias por confirmarnos que ha recibido el reembolso."),
               ("Ya tengo la pieza que faltaba, gracias.", "Qué bien que por fin tenga la pieza que faltaba.")],
        fix_p=[("Su artículo de sustitución – pedido {oid}", "El seguimiento indica que su artículo de sustitución se entregó ayer."),
               ("Pedido {oid}: reembolso realizado", "El reembolso de 32,00 € se realizó el lunes y ya debería verlo en su cuenta.")],
        prob_r=[("El asa se ha roto a los dos días.", "Sentimos mucho que el asa se haya roto tan pronto; gracias por la foto."),
                ("Uno de los vasos llegó roto.", "Lamentamos que uno de los vasos se rompiera durante el transporte."),
                ("No carga nada.", "Que no cargue no es normal, desde luego."),
                ("Me habéis mandado otro color, pedí gris.", "Disculpe el error con el color.")],
        prob_p=[("Incidencia con la entrega – pedido {oid}", "La empresa de transporte nos ha comunicado que su paquete sufrió daños."),
                ("Pedido {oid}: falta una pieza", "Al revisar nuestras hojas de preparación hemos visto que los soportes de pared no se incluyeron en su paquete.")],
        neg_r=[("Le pongo una estrella, es una porquería.", "Sentimos que la batidora le haya decepcionado."),
               ("Ya os he dejado una valoración negativa. Nunca más.", "Lamentamos mucho su experiencia."),
               ("Si no se arregla, dejaré una reseña que verá todo el mundo.", "Entendemos su enfado y queremos solucionarlo.")],
        neg_p=[("Su valoración del pedido {oid}", "Hemos leído su valoración de este pedido y sentimos el retraso en la entrega."),
               ("Pedido {oid}: sobre su reseña", "Hemos leído su reseña del flexo y ya le hemos reembolsado el pedido completo.")],
        purp_p=[("Retraso en la entrega – pedido {oid}", "La agencia nos informa de un retraso de dos días; la entrega está prevista ahora para el jueves."),
                ("Su factura – pedido {oid}", "Tal como pidió, su factura ya está disponible en «Mis pedidos»."),
                ("Devolución recibida – pedido {oid}", "Su devolución ha llegado hoy a nuestro almacén y ya hemos tramitado el reembolso."),
                ("Texto del grabado – pedido {oid}", "Antes de grabar, ¿nos confirma que el texto es «Feliz 40, Sara»?"),
                ("Entrega de su armario – pedido {oid}", "Nuestro equipo puede entregar el armario el martes o el jueves: ¿qué día le viene mejor?")],
        rude_r=[("TRES SEMANAS y nada. Quiero mi dinero YA.", "Hemos revisado su pedido."),
                ("Vuestro producto no sirve para nada y el servicio es una broma.", "Gracias por su mensaje."),
                ("Ahórrense las excusas y devuélvanme el dinero.", "Hemos revisado su pedido.")],
        q_r=[("¿La tapa se puede meter en el lavavajillas?", "Sí, la tapa es apta para lavavajillas en la bandeja superior."),
             ("¿Vale para una rueda de 28 pulgadas?", "Sirve para ruedas de 26 a 29 pulgadas."),
             ("¿Viene con cable?", "Sí, incluye un cable USB-C de 1,5 m.")],
        ret_r=[("¿Cómo lo devuelvo? Me queda pequeño.", "Sentimos que le quede pequeño."),
               ("El radiador dejó de funcionar al mes. ¿Qué derechos tengo?", "Lamentamos que el radiador haya dejado de funcionar."),
               ("¿Se puede devolver un artículo personalizado?", "Gracias por preguntarnos antes de enviarlo.")],
    ),
)

L["items"] = r"""
RI|p|del|tarjeta regalo a cambio de captura de la reseña|Si nos mandas una captura de tu reseña, te enviamos una tarjeta regalo de 10 € como agradecimiento.
RI|r|prob|reembolso condicionado a publicar la valoración|En cuanto publique su valoración en Amazon, le devolvemos el importe íntegro.
RI|p|del|regalo de recambios a quien opine este mes|A quienes dejen su opinión este mes les regalamos un juego de filtros de recambio.
RI|r|del|eufemismo 'un detallito' en el próximo pedido|Si nos deja unas palabras en la ficha del producto, le tendremos preparado un detallito en su próximo pedido.
RI+FR|r|neg|cupón a cambio de retirar la valoración|¿Podría plantearse retirar su valoración? A cambio le ofreceríamos un cupón de 15 €.
RI+RM|p|del|descuento por una valoración de 5 estrellas|Por una valoración de 5 estrellas te regalamos un 20 % de descuento en tu próxima compra.
RI|p|del|sorteo entre quienes valoren la compra|Todas las personas que valoren su compra antes del 30 de junio entran en el sorteo de una freidora de aire.
RI|r|del|faltas, reembolso parcial por Bizum tras la reseña|te devolvemos 5 € por bizum en cuanto tengas la reseña puesta, solo avisanos.
RI|p|del|ventajas futuras, club de clientes|Quienes publican una opinión pasan a formar parte de nuestro club de clientes, con ventajas en futuros pedidos.
RM|p|del|pide cinco estrellitas|Si todo ha ido bien, nos harías muy felices con cinco estrellitas.
RM|p|del|filtrado: contento = reseña, si no = escríbenos|¿Contento con tu compra? Cuéntalo en una reseña. ¿Algo no ha ido bien? Escríbenos antes de publicar nada.
RM|r|prob|ruega no dejar valoración negativa|Le rogamos que no deje una valoración negativa mientras lo solucionamos.
RM|p|del|dicta qué comentar en la reseña|Sería genial que en tu reseña comentaras lo rápido que llegó el pedido y lo bien que viene embalado.
RM|r|del|coloquial 'una reseña de las buenas', echar un cable|¡Qué bien que te guste! Una reseña de las buenas nos echaría un cable enorme.
RM|r|neg|apela al negocio familiar para evitar mala nota|Una mala valoración hace muchísimo daño a un negocio familiar como el nuestro; le pedimos que lo reconsidere.
RM|p|del|condicional, opinión positiva si quedó satisfecho|Si ha quedado satisfecho, le agradeceríamos mucho una opinión positiva.
RM|p|del|pregunta retórica 'nota máxima'|¿Crees que nos merecemos la nota máxima? Pues dilo en Amazon, nos ayudas un montón.
FR|r|fix|petición directa de eliminar la valoración|Ahora que todo está solucionado, ¿podría eliminar la valoración negativa que nos dejó?
FR+RM|r|fix|cambiar la valoración a cinco estrellas|¿Sería posible que cambiara su valoración a cinco estrellas?
FR|p|neg|recordatorio insistente para retirar el comentario|Le recordamos de nuevo que, una vez realizado el reembolso, le agradeceríamos que retirara su comentario sobre el vendedor.
FR|r|neg|presión por daño a la cuenta, hoy mismo|Su valoración está perjudicando gravemente nuestra cuenta, así que le pedimos que la borre hoy mismo.
FR|r|fix|indirecto 'echarle un vistazo y actualizarla'|Cuando tenga un momento, ¿podría echarle un vistazo a su opinión y actualizarla según cómo ha terminado todo?
FR|p|fix|instrucciones paso a paso para eliminar|Para eliminar su comentario, vaya a «Mis pedidos», pulse «Valorar al vendedor» y después «Eliminar»; es cuestión de segundos.
FR+RM|r|fix|tuteo, 'subir esas dos estrellas'|¿Te animarías a subir esas dos estrellas ahora que ya funciona todo?
FR|p|neg|pasiva refleja 'se agradecería que fuera retirada'|Se agradecería que la valoración publicada el 12 de marzo fuera retirada, ya que la incidencia está cerrada.
MK|p|purp|anuncio de rebajas|Por cierto, el viernes arrancan nuestras rebajas de verano con hasta un 40 % en toda la línea de jardín.
MK|r|q|venta cruzada, molinillo a juego|Si le gusta la cafetera, acabamos de recibir el molinillo a juego de la misma colección.
MK|r|del|código de descuento sin motivo|Para su próximo pedido tiene un 10 % de descuento con el código HOLA10.
MK|p|purp|suscripción al boletín|Suscríbase a nuestro boletín y sea el primero en enterarse de las novedades y ofertas exclusivas.
MK|p|purp|lanzamiento de producto nuevo|Acabamos de lanzar la versión inalámbrica de este aspirador; merece la pena echarle un ojo.
MK|r|q|producto de terceros en oferta|Le recomendamos combinarlo con el descalcificador de la marca CalOff, que esta semana está en oferta.
MK|r|del|faltas, 'pasarte por nuestra tienda'|No te olvides de pasarte por nuestra tienda, tenemos un monton de novedades!
MK|p|purp|segunda unidad a mitad de precio, solo esta semana|Solo esta semana: llévese dos fundas nórdicas y la segunda le sale a mitad de precio.
OF|r|rude|taco 'nos importa una mierda'|Sinceramente, nos importa una mierda lo que opine del embalaje.
OF|r|rude|insulto 'hay que ser imbécil'|Hay que ser imbécil para enchufar el aparato sin agua, lo pone bien claro en el manual.
OF|r|rude|amenaza de publicar nombre y dirección|Como siga así, publicaremos su nombre y su dirección en redes sociales.
OF|r|rude|condescendiente 'aprenda a leer', lloriquear|Aprenda a leer un manual antes de venir a lloriquear.
OF|r|neg|insulto 'mentiroso'|Usted es un mentiroso y lo sabe perfectamente.
OF|r|rude|amenaza velada 'sabemos dónde vive'|No olvide que sabemos dónde vive.
OF|r|rude|grosería 'cállese ya'|Cállese ya y deje de hacernos perder el tiempo.
OF|r|rude|tuteo, 'pesado de narices'|Eres un pesado de narices, déjanos en paz de una vez.
OO|p|purp|responder BAJA para no recibir más|Si no desea recibir más mensajes nuestros, responda a este correo con la palabra BAJA.
OO|p|del|darse de baja tras una petición neutra|Nos ayudaría conocer su opinión sobre este pedido. Si prefiere no recibir más correos, puede darse de baja respondiendo a este mensaje.
OO|p|purp|gestionar preferencias o cancelar suscripción|Puede gestionar sus preferencias de comunicación o cancelar la suscripción a nuestros mensajes en cualquier momento.
OO|r|del|ofrece quitar de la lista de envíos|Si quiere que le quitemos de nuestra lista de envíos, díganoslo.
OO|p|purp|pregunta '¿no quieres recibir más correos?'|¿No quieres recibir más correos nuestros? Contesta «no, gracias» y listo.
OO|p|del|pie de página 'recibe este mensaje porque'|Gracias de antemano por su valoración. Recibe este mensaje porque compró en nuestra tienda; para darse de baja, responda a este correo.
OO|p|purp|remite a las preferencias de comunicación de Amazon|Para dejar de recibir mensajes de vendedores, puede desactivarlos en sus preferencias de comunicación de Amazon.
OO|r|fix|coloquial, faltas 'te damos de baja'|Si no quieres mas emails nuestros avisa y te damos de baja.
UP|p|up|confirmación de pedido|¡Gracias por su pedido! Lo hemos recibido y ya lo estamos preparando.
UP|p|up|confirmación de envío con número de seguimiento|Su paquete ya está en camino con SEUR; el número de seguimiento es 0054321987654321.
UP|p|up|solo agradecimiento|Solo queríamos darle las gracias por confiar en nosotros.
UP|p|up|solo 'estamos a su disposición'|Estamos a su disposición para cualquier duda sobre su compra.
UP|p|up|aviso de artículo agotado|Lamentablemente, el artículo que ha pedido está agotado y no esperamos reposición hasta dentro de tres semanas.
UP|p|up|confirmación de entrega|Según el seguimiento, su pedido se ha entregado hoy. ¡Que lo disfrute!
UP|p|up|aviso de salida del almacén, tono informal|¡Buenas noticias! Tu pedido ya ha salido de nuestro almacén y llegará en 24-48 horas.
UP|p|up|faltas, solo gracias|Muchas grasias de nuevo por su compra, esperamos que le guste musho.
OK:rev|p|del|petición neutra clásica|Si tiene un momento, le agradeceríamos su opinión sobre este pedido.
OK:rev|p|del|valoración sincera sea cual sea|Su valoración sincera, sea cual sea, ayuda a otros compradores a decidir.
OK:rev|p|del|pregunta neutra sobre la mochila|¿Le apetecería contarnos en una reseña qué tal le ha ido con la mochila?
OK:rev|p|del|valorar al vendedor desde Mis pedidos|Si lo desea, puede valorarnos como vendedor desde «Mis pedidos».
OK:rev|r|q|petición de reseña dentro de una respuesta|Y si más adelante le apetece, una reseña del producto siempre es bienvenida.
OK:rev|p|del|tras semanas de uso, cuando le venga bien|Cuando la sartén lleve unas semanas de uso, nos encantaría saber qué tal; deje su reseña cuando le venga bien.||Esperamos que la sartén ya esté dando guerra en su cocina.
OK:rev|p|del|buena o mala, la leeremos|Toda opinión, buena o mala, nos ayuda a mejorar, así que si le apetece dejar una, la leeremos con atención.
OK:rev|p|del|tuteo, neutral 'si te apetece'|Si te apetece, cuéntales a otros compradores en una reseña qué tal te queda la funda.
OK:upd|r|fix|puede actualizar, decisión totalmente suya|Si considera que el problema está resuelto, puede actualizar su valoración si lo desea; la decisión es totalmente suya.
OK:upd|r|fix|posible modificar o eliminar, sin obligación|Le informamos de que es posible modificar o eliminar la valoración original, sin ninguna obligación por su parte.
OK:upd|r|fix|'por si le sirve': editable 90 días|Por si le sirve: los comentarios sobre el vendedor se pueden editar durante 90 días, si alguna vez quiere hacerlo.
OK:upd|r|fix|es usted quien decide|Cambie o no su valoración, es usted quien decide; lo importante para nosotros era solucionarlo.
OK:upd|r|fix|la opinión se queda tal cual|Su opinión se queda tal cual, salvo que usted decida otra cosa.
OK:upd|p|fix|proactivo, actualizar solo si lo desea|Si está satisfecho con la solución, tiene la posibilidad de actualizar la valoración que dejó, solo si así lo desea.
OK:upd|r|fix|tuteo, no tienes por qué|Si has cambiado de opinión, puedes editar tu reseña cuando quieras, pero no tienes por qué.
OK:ref|r|prob|reembolso íntegro sin devolución|Le hemos reembolsado los 29,95 € íntegros; no hace falta que nos devuelva la cafetera averiada.
OK:ref|r|prob|gastos de envío devueltos como disculpa|Como disculpa por las molestias, le hemos devuelto los gastos de envío.
OK:ref|r|prob|otra unidad sin coste|Le enviamos otra unidad sin coste, que debería llegar el jueves.
OK:ref|p|prob|sustitución proactiva tras daño en transporte|Ya le hemos enviado otro sin coste alguno; no tiene que hacer nada.||La empresa de transporte nos ha comunicado que su paquete llegó dañado al centro de reparto.
OK:ref|r|prob|pieza o reembolso parcial, a elegir|Puede elegir entre que le enviemos la pieza que falta o un reembolso parcial de 6 € quedándose el artículo.
OK:ref|r|prob|descuento del 15 % por un arañazo|Le hemos aplicado un descuento del 15 % sobre el importe pagado por el arañazo en la tapa.
OK:ref|r|neg|reembolso sin condiciones tras amenaza de mala reseña|Le hemos devuelto el importe completo, sin condiciones, y sentimos mucho las molestias.
OK:ref|r|prob|en lugar de cupón, reembolso directo|En lugar de un cupón para usar en nuestra tienda, preferimos devolverle directamente los 4 € de diferencia.
OK:firm|r|rude|pide tono respetuoso|Entendemos su enfado, pero le pedimos que mantengamos un tono respetuoso para poder ayudarle.
OK:firm|r|rude|rechazo razonado de devolución de zapatillas usadas|No podemos aceptar la devolución de unas zapatillas usadas en exterior durante semanas; lamentamos no poder darle otra respuesta.
OK:firm|r|rude|no comparte las formas, busca solución|Aunque no compartimos la forma en que lo plantea, queremos solucionarlo: ¿podría enviarnos una foto de la grieta?
OK:firm|r|rude|no hace falta amenazar, reembolso hecho|No hace falta amenazar: el reembolso se hizo el lunes y lo verá en su cuenta en 3-5 días hábiles.
OK:firm|r|rude|no entra en comentarios personales|No vamos a entrar en comentarios personales, pero con gusto repasamos la instalación con usted paso a paso.
OK:firm|r|rude|datos del seguimiento, investigación de Amazon|Según el seguimiento, el paquete se dejó en el punto de recogida el 4 de mayo; si no está allí, Amazon puede abrir una investigación.
OK:firm|r|rude|pide paciencia con plazo claro|Le pedimos un poco de paciencia: en cuanto el almacén revise el artículo, le responderemos.
OK:info|r|q|'Cinco Estrellas' nombre de gama|«Cinco Estrellas» es el nombre de la gama de nuestras almohadas, no una puntuación ni una certificación.|¿Lo de Cinco Estrellas es una certificación?|Buena pregunta.
OK:info|r|q|precio de rebajas explicado|En su primera compra el artículo estaba en rebajas, por eso pagó menos.|¿Por qué la otra vez me costó menos?|Gracias por preguntar.
OK:info|r|q|colección y medidas|Esta funda pertenece a la colección «Mediterránea» y es para cojines de 45 × 45 cm.|¿Vale para un cojín de 50?|Gracias por consultarnos antes.
OK:info|r|q|no enviamos boletines a clientes de Amazon|No enviamos boletines ni publicidad a clientes de Amazon; solo le escribiremos por este pedido.|¿Ahora me vais a mandar publicidad?|Es una duda razonable.
OK:info|r|q|aplicación del fabricante como función|El termómetro se empareja con la aplicación gratuita del fabricante por Bluetooth; los pasos están en la página 4 del manual.|¿Necesita aplicación?|Con mucho gusto.
OK:info|r|q|certificación IPX4 explicada|La certificación IPX4 significa que resiste salpicaduras, pero no se puede sumergir.|¿Se puede lavar bajo el grifo?|Gracias por su consulta.
OK:info|r|q|lo que dicen otras reseñas (olor)|Algunas reseñas comentan un ligero olor al abrirlo; desaparece tras airearlo un día.|Huele un poco a plástico, ¿es normal?|Sentimos lo del olor.
OK:info|r|q|puntuación de estrellas calculada por Amazon|La puntuación de estrellas de la ficha la calcula Amazon con todas las reseñas; nosotros no podemos cambiarla ni borrarla.|¿Por qué tiene solo 3,9 estrellas?|Nos alegra que el suyo funcione tan bien.
OK:thx|p|none|gracias + confirmar texto del grabado|¡Gracias por su pedido! Antes de grabar la pulsera, ¿nos confirma que el texto es «Siempre contigo, Lucía»?
OK:thx|p|none|gracias + concertar entrega del sofá|Gracias por su compra; la agencia necesita concertar la entrega del sofá: ¿le viene mejor el martes o el jueves por la tarde?
OK:thx|p|none|gracias + falta piso y puerta|Gracias por su pedido. En la dirección de entrega falta el piso y la puerta; ¿nos los podría indicar?
OK:thx|p|none|gracias + devolución recibida|Gracias por devolvernos el paquete: ya ha llegado y el reembolso se hará en dos días hábiles.
OK:thx|p|none|gracias por la paciencia + huelga|Gracias por su paciencia: por una huelga de transporte su envío se retrasa, y la nueva fecha estimada es el 14 de mayo.
OK:thx|p|none|gracias + factura con IVA disponible|Gracias por su compra. La factura con IVA que solicitó ya está disponible en «Mis pedidos».
OK:thx|p|none|gracias + confirmar ancho a medida|Gracias por elegir un estor a medida: ¿podría confirmarnos el ancho de 112,5 cm antes de cortar la tela mañana?
OK:sat|r|del|'si algo no va bien, responda'|Si algo no va bien con la lámpara, responda a este mensaje y lo solucionamos.
OK:sat|r|fix|reparación no convence, escríbanos|Si la reparación no le convence del todo, escríbanos y buscaremos otra solución.
OK:sat|r|q|talla no queda bien, 30 días|Si la talla no le queda bien, puede devolverla en 30 días; si necesita ayuda con la etiqueta, aquí estamos.
OK:sat|r|q|color no convence, díganoslo|¿No le convence el color una vez puesto? Díganoslo y vemos qué podemos hacer.
OK:sat|p|purp|cualquier cosa que no encaje, cuéntenoslo|Si hay cualquier cosa del pedido que no le encaje, cuéntenoslo.
OK:sat|r|fix|mismo fallo, devolvemos el dinero|Si el recambio da el mismo fallo, escríbanos enseguida y le devolvemos el dinero.
OK:sat|r|del|tuteo, cambio de talla|¿No te convence cómo te queda? Escríbenos y te la cambiamos por una talla más.
OK:legal|r|ret|14 días de desistimiento y 30 de Amazon|Dispone de 14 días de desistimiento por ley, y Amazon admite devoluciones durante 30 días desde «Mis pedidos».
OK:legal|r|ret|garantía legal de tres años|Al tratarse de un defecto, está cubierto por la garantía legal de tres años y puede elegir entre reparación o sustitución.
OK:legal|r|ret|personalizados sin desistimiento, con garantía|Los productos personalizados no admiten desistimiento, aunque sí se aplica la garantía si presentan un defecto.
OK:legal|r|ret|garantía comercial se suma a la legal|La garantía comercial del fabricante se suma a sus derechos legales, no los sustituye.
OK:legal|r|ret|quién paga el envío de la devolución|Si el producto es defectuoso, el envío de la devolución corre de nuestra cuenta; si no, se descuentan 4,90 € del reembolso.
OK:legal|r|ret|Garantía de la A a la Z|En cualquier caso, está protegido por la Garantía de la A a la Z de Amazon; si el paquete no llega el viernes, le devolvemos el importe.
"""
