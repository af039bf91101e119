// The mail server, when one is configured (SMTP_URL): the daily digest is its only user.
import 'server-only';
import nodemailer from 'nodemailer';
import { readEnv } from '../../env';

export function mailTransport(smtpUrl = readEnv().SMTP_URL) {
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
}

export const mailConfigured = () => Boolean(readEnv().SMTP_URL);
