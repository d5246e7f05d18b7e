# syntax=docker/dockerfile:1

# ---- build: compile TypeScript into dist/ and bundle /explore into dist/web/explore (esbuild);
# the playground is served from node_modules ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

# ---- runtime: production dependencies and compiled output only ----
# No Java here: with NEO4J_URI set the app connects to an external Neo4j and never starts its own.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev && npm cache clean --force
# dist/ holds the server and the /explore bundle (cytoscape and chart.js are bundled in it)
COPY --from=build /app/dist ./dist
# seed data is read at run time from seeds/
COPY --from=build /app/seeds ./seeds
COPY --from=build /app/schema ./schema
# the official node image ships the unprivileged 'node' user (uid 1000)
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
