ARG GO

FROM -Zname AS base
WORKDIR "${HOME:-x y},&&7x.y"
EXPOSE 
 18131
STOPSIGNAL SIGRTMIN+3

FROM base
ENTRYPOINT RUN idb--app
CMD {_# escape=`Zà
