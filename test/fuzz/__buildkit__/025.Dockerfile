FROM busybox
CMD    echo hi    
ENTRYPOINT ["a ", " b"]
RUN ["cat", "\u003c<EOF"]
