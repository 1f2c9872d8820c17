import type { APIRoute, GetStaticPaths } from 'astro';
import { dataResponse, pathsBelow } from '../../data/data-response';
import { getDataFiles } from '../../data/open-data';

/** The catalogue, directories, CSV files, calendar and JSON Schemas under /data/ (see src/data/open-data.ts). */
export const getStaticPaths = (async () => pathsBelow(await getDataFiles(), 'data')) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string; body: string }> = ({ props }) => dataResponse(props.path, props.body);
