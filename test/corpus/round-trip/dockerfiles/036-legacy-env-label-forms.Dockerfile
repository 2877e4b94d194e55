FROM centos:7
MAINTAINER Jane Doe <jane@example.com>
ENV JAVA_HOME=/usr/lib/jvm/java-1.8.0
ENV PATH=$JAVA_HOME/bin:$PATH
ENV JAVA_OPTS="-Xms256m -Xmx1024m -Djava.security.egd=file:/dev/./urandom"
LABEL version=1.0
LABEL description="Legacy application server" vendor="Example Corp"
RUN yum -y install java-1.8.0-openjdk-devel wget && yum clean all
ADD app.war /opt/server/webapps/
EXPOSE 8080 8443
CMD /opt/server/bin/catalina.sh run
