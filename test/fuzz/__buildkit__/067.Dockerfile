ARG GO=7

FROM reg.io:5000/a/b@sha256:00 AS 777x.y
RUN --device=$!appZ\'app 7a;
SHELL [""]

FROM 777x.y
ADD --chmod=u+x --keep-git-dir=false --unpack=false x.yZ 7
SHELL ["77x.y", "Z_Zx.y", "Z}7b"]
