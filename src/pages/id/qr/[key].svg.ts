import { qrCodePaths, qrCodeRoute } from '../../../links/index.ts';

export const getStaticPaths = qrCodePaths;
export const GET = qrCodeRoute('id');
