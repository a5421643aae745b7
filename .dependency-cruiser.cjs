/**
 * The kit's layers, as rules `pnpm lint:layers` checks (dependency-cruiser). ARCHITECTURE.md
 * explains them; `scripts/layers.test.ts` shows each rule failing on a deliberate bad import.
 *
 * Widgets, bottom to top: core → theme, format → session, live → controllers, directives →
 * base → orders, portfolio, options, components → elements. A folder imports only from below itself.
 */
const W = '^packages/widgets/src';
const notTests =
  '(\\.test\\.ts|\\.browser-test\\.ts|\\.bench\\.ts|test-support(\\.ts|/.*)|/test/.*)$';

/** `from` folder of the widgets may not import any of `to` (folders of the widgets). */
function below(name, folder, forbidden, comment) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: `${W}/${folder}/`, pathNot: notTests },
    to: { path: `${W}/(${forbidden.join('|')})/` },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import loops: a module never reaches itself through its imports.',
      severity: 'error',
      from: { path: '^packages/', pathNot: notTests },
      to: { circular: true },
    },
    {
      name: 'elements-stay-apart',
      comment:
        'An element never imports another element; what two elements share moves to a lower layer.',
      severity: 'error',
      from: { path: `${W}/elements/([^/]+)/`, pathNot: notTests },
      to: { path: `${W}/elements/`, pathNot: `${W}/elements/$1/` },
    },
    {
      name: 'core-is-the-floor',
      comment: 'core/ (events, define, registry) imports nothing of the kit.',
      severity: 'error',
      from: { path: `${W}/core/`, pathNot: notTests },
      to: { path: '^packages/', pathNot: `${W}/core/` },
    },
    below(
      'theme-below-session',
      'theme',
      [
        'session',
        'base',
        'controllers',
        'directives',
        'live',
        'components',
        'orders',
        'portfolio',
        'options',
        'elements',
        'format',
        'locale',
      ],
      'theme/ is tokens and styles only.',
    ),
    below(
      'format-is-pure',
      'format',
      [
        'session',
        'base',
        'controllers',
        'directives',
        'live',
        'components',
        'orders',
        'portfolio',
        'options',
        'elements',
        'theme',
      ],
      'format/ formats and parses; it knows no session or element.',
    ),
    below(
      'session-below-elements',
      'session',
      [
        'base',
        'controllers',
        'directives',
        'live',
        'components',
        'orders',
        'portfolio',
        'options',
        'elements',
      ],
      'session/ provides the session; it knows no element or controller.',
    ),
    below(
      'live-below-controllers',
      'live',
      [
        'base',
        'controllers',
        'directives',
        'components',
        'orders',
        'portfolio',
        'options',
        'elements',
      ],
      'live/ holds live values; controllers and directives build on it.',
    ),
    below(
      'controllers-below-base',
      'controllers',
      ['base', 'components', 'orders', 'portfolio', 'options', 'elements', 'directives'],
      'Controllers serve any host; they never import the base class or an element.',
    ),
    below(
      'directives-below-base',
      'directives',
      ['base', 'controllers', 'components', 'orders', 'portfolio', 'options', 'elements'],
      'Directives are template helpers over live values.',
    ),
    below(
      'base-below-elements',
      'base',
      ['components(?!/button/)', 'orders', 'portfolio', 'options', 'elements'],
      'The base class knows no component (but the button template, a leaf), domain module or element.',
    ),
    {
      name: 'button-is-a-leaf',
      comment:
        'The button template every layer from base/ up renders imports nothing of the kit, so base/ may use it.',
      severity: 'error',
      from: { path: `${W}/components/button/`, pathNot: notTests },
      to: { path: '^packages/', pathNot: `${W}/components/button/` },
    },
    below(
      'domain-below-elements',
      '(orders|portfolio|options)',
      ['components', 'elements'],
      'orders/, portfolio/ and options/ are domain logic for any element.',
    ),
    below(
      'components-below-elements',
      'components',
      ['orders', 'portfolio', 'options', 'elements'],
      'Components (symbol search, segmented control, button, table) serve every element.',
    ),
    {
      name: 'no-test-code-in-runtime',
      comment: 'Runtime code never imports test helpers or test support.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/', pathNot: notTests },
      to: { path: '(\\.test\\.ts|\\.test-support\\.ts|/src/test/|test-support)' },
    },
    {
      name: 'widgets-use-the-client-entry',
      comment: 'Widgets use the client only through its public entry (`@autoshares/client`).',
      severity: 'error',
      from: { path: `${W}/`, pathNot: notTests },
      to: { path: '^packages/client/src/', pathNot: '^packages/client/src/index\\.ts$' },
    },
    {
      name: 'client-knows-no-widgets',
      comment: 'The client is framework-free: it never imports widgets, host or sandbox.',
      severity: 'error',
      from: { path: '^packages/client/src/', pathNot: notTests },
      to: { path: '^packages/(widgets|host|sandbox)/' },
    },
    {
      name: 'sandbox-knows-only-the-contract',
      comment:
        "The sandbox imports only the client's generated API types and the shared contract, so it cannot borrow the client's behaviour.",
      severity: 'error',
      from: { path: '^packages/sandbox/src/', pathNot: notTests },
      to: {
        path: '^packages/client/src/',
        pathNot: '^packages/client/src/(generated|contract)/',
      },
    },
    {
      name: 'host-knows-no-widgets',
      comment: 'The server-side host bridge never imports widgets or the sandbox.',
      severity: 'error',
      from: { path: '^packages/host/src/', pathNot: notTests },
      to: { path: '^packages/(widgets|sandbox)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
