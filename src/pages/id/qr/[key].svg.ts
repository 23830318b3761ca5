import { qrCodePaths, qrCodeRoute } from '../../../links/qr-routes.ts';

export const getStaticPaths = qrCodePaths;
export const GET = qrCodeRoute('id');
