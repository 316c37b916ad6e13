# Production image: the application jar on a Java 17 runtime. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -q -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /data spbe && mkdir -p /data && chown spbe /data
COPY --from=build /src/target/spbe-eval-*.jar /app/app.jar
USER spbe
ENV SPBE_DATA_DIR=/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
