// Route handlers are wrapped once: authorization first, then the handler; every refusal and
// every unexpected error leaves as { error: { code, message } } with the right status.
import 'server-only';
import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { authorize, type CurrentUser } from './auth/guards';
import { getPrisma } from './db';
import { AppError, ERROR_STATUS, errorBody } from './errors';
import type { Role } from './generated/prisma/enums';
import { readFeedToken, type FeedReader } from './server/alerts/feed-token';

type Context<P> = { params: Promise<P> };
type Handler<P> = (request: Request, context: { user: CurrentUser; params: P }) => Promise<Response>;

export function withRole<P = Record<string, never>>(role: Role, handler: Handler<P>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      const user = await authorize(role);
      return await handler(request, { user, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

type FeedHandler<P> = (request: Request, context: { reader: FeedReader; params: P }) => Promise<Response>;

/**
 * Feeds (/api/feeds/…): feed readers cannot sign in, so the account is the one the `token`
 * parameter names (lib/server/alerts/feed-token.ts); refusals as withRole's.
 */
export function withFeedToken<P = Record<string, never>>(handler: FeedHandler<P>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      const reader = await readFeedToken(await getPrisma(), new URL(request.url).searchParams.get('token'));
      return await handler(request, { reader, params: await context.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const { retryAfterSeconds } = error.options;
    const headers = retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(retryAfterSeconds) };
    return NextResponse.json(errorBody(error.code, error.message, error.details), { status: ERROR_STATUS[error.code], headers });
  }
  if (error instanceof ZodError) {
    return NextResponse.json(errorBody('INVALID_REQUEST', 'The request is not valid.', error.issues), { status: 400 });
  }
  console.error(error);
  return NextResponse.json(errorBody('INTERNAL', 'Something went wrong on our side.'), { status: 500 });
}
