# Lyrae: two commands on a fresh machine.
#   make run   bootstrap if needed, build, serve on http://localhost:8080 (embedded H2, demo data)
#   make test  bootstrap if needed, run every test (unit, H2 and PostgreSQL, taplint, pyvo, astroquery)
MVN ?= mvn -B
JAR := webapp/target/lyrae.jar
PORT ?= 8080

.PHONY: run test build bootstrap clean

bootstrap:
	bash deploy/bootstrap.sh

build: bootstrap
	$(MVN) -q package -DskipTests

run: build
	java -jar $(JAR) serve --port $(PORT)

test: bootstrap
	$(MVN) verify

clean:
	$(MVN) -q clean
