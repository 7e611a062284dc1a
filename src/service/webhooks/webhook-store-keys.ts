/**
 * Where webhooks live in the store. `webhook-pending:` lists every delivery still owed an attempt,
 * so a restart reads those and not the whole log; the log index of an endpoint sorts by delivery id,
 * which starts with its creation time.
 */
export const webhookStoreKeys = {
  webhook: (webhookId: string) => `webhook:${webhookId}`,
  accountWebhooks: (accountId: string) => `account-webhook:${accountId}:`,
  accountWebhook: (accountId: string, webhookId: string) => `account-webhook:${accountId}:${webhookId}`,
  delivery: (deliveryId: string) => `webhook-delivery:${deliveryId}`,
  webhookDeliveries: (webhookId: string) => `webhook-delivery-log:${webhookId}:`,
  webhookDelivery: (webhookId: string, deliveryId: string) => `webhook-delivery-log:${webhookId}:${deliveryId}`,
  pendingDeliveries: 'webhook-pending:',
  pendingDelivery: (deliveryId: string) => `webhook-pending:${deliveryId}`,
};
