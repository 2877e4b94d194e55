FROM mariadb:11
VOLUME ["/var/lib/mysql"]
VOLUME ["/etc/mysql/conf.d", "/docker-entrypoint-initdb.d"]
VOLUME ["/var/log/mysql", "/var/run/mysqld"]
