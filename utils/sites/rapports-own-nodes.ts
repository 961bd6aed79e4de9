/**
 * True when a mutation only adds or removes Rapport's own elements (the sidebar host, `<rapport-…>`): it changes
 * nothing the page says, so watchers of the page need not read it again.
 */
export function onlyRapportsOwn(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => node.nodeName.startsWith('RAPPORT-'));
}
