import type { APIRoute, GetStaticPaths } from 'astro';
import { dataResponse, pathsBelow } from '../../data/data-response';
import { getDataFiles } from '../../data/open-data';

/** RSS and Atom feeds: site-wide, per topic and per lead organisation; none without the site's address. */
export const getStaticPaths = (async () => pathsBelow(await getDataFiles(), 'feeds')) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string; body: string }> = ({ props }) => dataResponse(props.path, props.body);
