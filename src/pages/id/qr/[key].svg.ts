import { qrCodePaths, qrCodeRoute } from '../../../lib/qr-routes.ts';

export const getStaticPaths = qrCodePaths;
export const GET = qrCodeRoute('id');
