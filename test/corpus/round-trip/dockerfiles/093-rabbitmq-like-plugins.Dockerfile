FROM rabbitmq:3.13-management-alpine
COPY --chown=rabbitmq:rabbitmq plugins/*.ez /opt/rabbitmq/plugins/
RUN rabbitmq-plugins enable --offline rabbitmq_shovel rabbitmq_shovel_management rabbitmq_delayed_message_exchange
COPY rabbitmq.conf /etc/rabbitmq/rabbitmq.conf
COPY definitions.json /etc/rabbitmq/definitions.json
EXPOSE 4369 5671 5672 15671 15672 25672
