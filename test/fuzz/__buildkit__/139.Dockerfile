ARG GO

FROM 0_* AS {app<<EOF0
EXPOSE 67854 59998 EOF7_:à
RUN --network=none Z;/x
CMD 0app0}

FROM {app<<EOF0
USER 33:_ax.yZ
