// 1,000 stored notes for the benchmarks: one on every cell of the matrix but the one the
// benchmarks type into (CEO × P&L and budget), and the rest standalone, in the stored format.
export function thousandNotes() {
  const notes = [];
  let n = 0;
  const add = (target) => {
    n += 1;
    notes.push({
      id: `1700000000000-${n}`,
      target,
      text: `Note ${n}: what I want to remember about this, with a few more words to make it real.`,
      created_at: 1700000000000 + n,
      updated_at: 1700000000000 + n,
    });
  };
  const roles = ['pm', 'senior-pm', 'principal-pm', 'group-pm', 'director-pm', 'head-of-product', 'vp-product', 'cpo', 'ceo', 'project-manager'];
  const dims = ['scope', 'time-horizon', 'strategy', 'planning', 'decisions', 'budget', 'hiring', 'power', 'accountability', 'performance', 'replacement', 'stakeholders', 'team', 'representing', 'skills'];
  for (const role of roles) for (const dimension of dims) if (role !== 'ceo' || dimension !== 'budget') add({ kind: 'cell', role, dimension });
  while (notes.length < 1000) add({ kind: 'standalone' });
  return JSON.stringify({ version: 1, notes });
}
