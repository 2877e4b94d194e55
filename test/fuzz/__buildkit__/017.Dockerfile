FROM busybox
ENV A=$5 B=$$ C=$! D=${x:-y z} E="$Aé" F="${A}é" G=a$ H=\${ I='$x'
