// Entry of the dashboard window. Filled in by the dashboard and widget issues.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<main>CPMS</main>);
