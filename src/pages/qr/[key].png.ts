import { qrCodePaths, qrCodePngRoute } from '../../links/index.ts';

export const getStaticPaths = qrCodePaths;
export const GET = qrCodePngRoute('en');
