import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '../errors';

/** For pages: a domain function's NOT_FOUND becomes Next's not-found page; any other error stays. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
