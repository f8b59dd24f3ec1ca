export default ({ env }: { env: any }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  app: {
    // Dev-only defaults so no .env is needed; production must set APP_KEYS.
    keys: env.array('APP_KEYS', ['clearpostDevKeyA', 'clearpostDevKeyB']),
  },
});
