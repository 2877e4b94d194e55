FROM busybox
MAINTAINER  me  
SHELL ["/bin/sh", "-c"]
ONBUILD RUN echo hi
