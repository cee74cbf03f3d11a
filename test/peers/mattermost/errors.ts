/**
 * Mattermost's AppError as clients see it. Client4 turns `message`, `id` and `status_code` of this
 * JSON into a ClientError, so every refusal of the peer must use this shape (never fastify's own).
 */

export interface AppErrorBody {
  id: string;
  message: string;
  detailed_error: string;
  request_id: string;
  status_code: number;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly detailed = '',
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(requestId: string): AppErrorBody {
    return {id: this.id, message: this.message, detailed_error: this.detailed, request_id: requestId, status_code: this.status};
  }
}

export const sessionExpired = (detail = ''): AppError => new AppError(401, 'api.context.session_expired.app_error', 'Invalid or expired session, please login again.', detail);

export const permissionDenied = (permission: string): AppError =>
  new AppError(403, 'api.context.permissions.app_error', 'You do not have the appropriate permissions.', `userId=?, permission=${permission}`);

export const invalidUrlParam = (name: string): AppError => new AppError(400, 'api.context.invalid_url_param.app_error', `Invalid or missing ${name} parameter in request URL.`);

export const invalidBodyParam = (name: string, detail = ''): AppError =>
  new AppError(400, 'api.context.invalid_body_param.app_error', `Invalid or missing ${name} in request body.`, detail);

export const notFound = (id: string, message: string): AppError => new AppError(404, id, message);

/** What a failed call to an integration (action button, dialog) looks like to the clicking client. */
export const integrationFailed = (detail: string): AppError =>
  new AppError(400, 'api.post.do_action.action_integration.app_error', 'Unable to trigger the action integration.', detail);
