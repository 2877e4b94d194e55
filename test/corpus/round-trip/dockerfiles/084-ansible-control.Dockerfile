FROM python:3.12-alpine
ENV ANSIBLE_HOST_KEY_CHECKING=False ANSIBLE_RETRY_FILES_ENABLED=False ANSIBLE_FORCE_COLOR=True
RUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev openssl-dev \
 && pip install --no-cache-dir ansible-core==2.17.1 ansible-lint \
 && apk del .build-deps \
 && apk add --no-cache openssh-client sshpass rsync
WORKDIR /ansible
VOLUME ["/ansible"]
ENTRYPOINT ["ansible-playbook"]
