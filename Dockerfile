# vanban as a container: `vanban` is the entrypoint, so `docker run IMAGE convert /in --out /out/r.jsonl`.
# Build from the packed package, not the sources (untested here: no image registry is reachable
# from the development machines):
#   npm pack                         # runs the build, writes vanban-<version>.tgz
#   docker build -t vanban .
# The tarball is installed without dev dependencies; the optional better-sqlite3 (for .sqlite
# outputs) comes with it where a prebuilt binary fits, and is skipped where none does.
FROM node:20-slim
COPY vanban-*.tgz /tmp/
RUN npm install --global --omit=dev /tmp/vanban-*.tgz \
 && rm /tmp/vanban-*.tgz \
 && npm cache clean --force
# the image's own unprivileged user (uid 1000): mounted outputs must be writable by it
USER node
WORKDIR /home/node
ENTRYPOINT ["vanban"]
CMD ["--help"]
