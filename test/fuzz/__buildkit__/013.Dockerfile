FROM busybox
LABEL "--x"=1 "a b"="c \"d\""
