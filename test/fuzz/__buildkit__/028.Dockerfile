# escape=`
FROM busybox
RUN a `
  b
ENV A="x `"y`"" B=c\d
