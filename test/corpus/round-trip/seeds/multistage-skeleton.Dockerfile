FROM build-image AS build
RUN install dependencies
COPY . /app
WORKDIR /app
RUN build command

FROM runtime-image
COPY --from=build /app /app
CMD ["app command"]
