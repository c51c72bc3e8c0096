# The worker image; docker-compose.yml runs it next to an apache/kafka broker.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
# The image runs the classifier's Python source (no C compiler here); `make install` compiles it elsewhere.
RUN pip install --no-cache-dir .
COPY feeds.yaml ./
ENV STREAMS_KAFKA_BOOTSTRAP=kafka:9092 \
    STREAMS_DATA_DIR=/data \
    STREAMS_WEB_PORT=6066
EXPOSE 6066
CMD ["streams", "worker", "--loglevel", "info"]
