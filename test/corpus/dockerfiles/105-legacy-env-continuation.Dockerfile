FROM debian:bookworm-slim
ENV GREETING hello	\
	world  again
ENV OPTS -Xms256m \
    -Xmx1g
LABEL description Legacy \
  label   value
RUN echo "$GREETING" \
  && echo "$OPTS"
CMD ["sh", "-c", "echo $GREETING"]
