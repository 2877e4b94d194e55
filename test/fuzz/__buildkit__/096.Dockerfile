ARG GO=""

FROM aappZ� AS base
ENV PATH_2="" _=aappapp
SHELL ["ZZZ|ü", "app_﻿name[", "$$appa\u003c<"]

FROM base
USER "x.yb# escape=`0:23"
