
# escape=`
FROM busybox
ENV A=a\b
