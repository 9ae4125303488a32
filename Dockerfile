FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npx turbo run build
EXPOSE 4000 4100
CMD ["npm", "run", "serve"]
