import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { mountPage } from '../../components/shared/mount';

mountPage(<SidePanelApp />);
