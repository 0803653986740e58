// The first Tab stop on every screen: jumps past the header and navigation to the page content.
import { styled } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

const Link = styled('a')(({ theme }) => ({
  position: 'absolute',
  left: theme.spacing(1),
  top: -100,
  zIndex: theme.zIndex.tooltip,
  padding: theme.spacing(1, 2),
  background: theme.palette.background.paper,
  color: theme.palette.primary.main,
  fontWeight: 600,
  '&:focus': { top: theme.spacing(1) },
}));

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <Link
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        // Hash links would fight the hash router: move focus without touching location.hash.
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </Link>
  );
}
