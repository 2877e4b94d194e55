# `
ARG GO

FROM --platform=linux/amd64 aa AS base
SHELL ["", "/x70name_"]
ADD --chown=;Z7 --chmod=7\\$5 --link=false --exclude=a/x --exclude=$_x\"7 --checksum=name\\\\_ --keep-git-dir --unpack=false ["Z/xx.y7\t", "_\\'name", "nameZ\r\n# syntax=docker/dockerfile:1,"]

FROM base
ADD --chown=/x\\\'\\$5a --link=false --exclude=${HOME:-x y}7 --keep-git-dir ["${HOME:-x y}ax.y,", "\u003c</xb.", ";7app7"]
