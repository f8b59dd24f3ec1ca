/** Content API: /api/clearpost/feedback/webhook. `auth: false` because the HMAC signature is checked by the handler. */
export default {
  type: 'content-api' as const,
  routes: [
    {
      method: 'POST' as const,
      path: '/feedback/webhook',
      handler: 'feedback-webhook.receive',
      config: { auth: false as const, policies: [] },
    },
  ],
};
