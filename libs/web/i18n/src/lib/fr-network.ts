/** The tree of the network (national → provincial → regional): French source (see fr.ts). */
export const frNetwork = {
  network: {
    title: 'Réseau des tables',
    intro: 'Les tables nationales, provinciales et régionales, chacune sous la table à laquelle elle est rattachée.',
    directoryLink: 'Voir l’arbre du réseau',
    listLink: 'Voir la liste des tables',
    loading: 'Chargement du réseau…',
    loadingMore: 'Chargement des autres tables du réseau…',
    count: { one: '{count} table dans le réseau', other: '{count} tables dans le réseau' },
    treeLabel: 'Arbre du réseau des tables',
    expandAll: 'Tout déplier',
    collapseAll: 'Tout replier',
    toggle: 'Tables rattachées à {name}',
    children: { one: '{count} table rattachée', other: '{count} tables rattachées' },
    archived: 'Archivée',
    regions: 'Régions : {names}',
    noParent: 'Sans table de rattachement',
    emptyTitle: 'Le réseau ne compte encore aucune table',
    empty: 'La coordination crée les tables dans le répertoire.',
    retry: 'Réessayer',
  },
};
