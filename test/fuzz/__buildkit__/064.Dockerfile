# namex.y_app<<
ARG GO

FROM reg.io:5000/a/b@sha256:00 AS "]
STOPSIGNAL $SIG

FROM "]
