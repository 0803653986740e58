// Calm and readable: a deep blue-green primary that keeps ≥ 4.5:1 contrast on white for text and
// buttons, a visible focus ring on every control (keyboard users must see where they are), and
// slightly larger body text because the officer reads long records.
import { createTheme } from '@mui/material/styles';

const FOCUS_RING = '3px solid #f2a900';

export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#1f5f73', contrastText: '#ffffff' },
    secondary: { main: '#5b4b8a', contrastText: '#ffffff' },
    error: { main: '#b3261e' },
    background: { default: '#f5f7f8', paper: '#ffffff' },
    text: { primary: '#1b2528', secondary: '#46555a' },
  },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontSize: 15,
    h1: { fontSize: '1.9rem', fontWeight: 600 },
    h2: { fontSize: '1.35rem', fontWeight: 600 },
    h3: { fontSize: '1.1rem', fontWeight: 600 },
  },
  shape: { borderRadius: 6 },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        ':focus-visible': { outline: FOCUS_RING, outlineOffset: 2 },
        // Headings receive focus programmatically after navigation; no ring for that.
        'h1[tabindex="-1"]:focus, h2[tabindex="-1"]:focus': { outline: 'none' },
      },
    },
    MuiButtonBase: {
      defaultProps: { disableRipple: false },
      styleOverrides: { root: { '&.Mui-focusVisible': { outline: FOCUS_RING, outlineOffset: 2 } } },
    },
    // A button's label never wraps or clips ("New reques", "Export / to / CSV" at 1024 px): toolbars wrap instead.
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none', whiteSpace: 'nowrap', flexShrink: 0 } } },
    MuiTextField: { defaultProps: { fullWidth: true, margin: 'normal' } },
    MuiLink: { styleOverrides: { root: { '&:focus-visible': { outline: FOCUS_RING, outlineOffset: 2 } } } },
  },
});

export const monospaceFont = '"DejaVu Sans Mono", "Cascadia Mono", Consolas, "Courier New", monospace';
